package org.roundtable.board;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LivedExperienceConfiguration {

    @Bean
    ChangeTypes livedExperienceChangeTypes() {
        return LivedExperienceChange.TYPES;
    }
}
