package org.roundtable.board;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BreakoutConfiguration {

    @Bean
    ChangeTypes breakoutChangeTypes() {
        return BreakoutChange.TYPES;
    }
}
