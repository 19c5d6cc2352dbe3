package org.roundtable.event;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoFacilitationConfiguration {

    @Bean
    ChangeTypes coFacilitationChangeTypes() {
        return CoFacilitationChange.TYPES;
    }
}
