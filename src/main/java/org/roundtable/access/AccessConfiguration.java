package org.roundtable.access;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    ChangeTypes accountChangeTypes() {
        return AccountChange.TYPES;
    }

    @Bean
    ChangeTypes auditChangeTypes() {
        return AuditChange.TYPES;
    }
}
