package org.roundtable.timeline;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    ChangeTypes timelineChangeTypes() {
        return TimelineChange.TYPES;
    }
}
