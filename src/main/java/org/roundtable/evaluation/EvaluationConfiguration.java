package org.roundtable.evaluation;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    @Bean
    ChangeTypes evaluationChangeTypes() {
        return EvaluationChange.TYPES;
    }
}
