package org.roundtable.event;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    @Bean
    ChangeTypes eventChangeTypes() {
        return EventChange.TYPES;
    }

    @Bean
    ChangeTypes roomChangeTypes() {
        return RoomChange.TYPES;
    }

    @Bean
    ChangeTypes templateChangeTypes() {
        return TemplateChange.TYPES;
    }
}
