package org.roundtable.board;

import org.roundtable.live.ChangeTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BoardConfiguration {

    @Bean
    ChangeTypes boardChangeTypes() {
        return BoardChange.TYPES;
    }

    @Bean
    ChangeTypes analysisChangeTypes() {
        return AnalysisChange.TYPES;
    }
}
