package org.roundtable.record;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecordConfiguration {

    @Bean
    ChangeTypes recordChangeTypes() {
        return RecordChange.TYPES;
    }
}
