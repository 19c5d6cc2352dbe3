package org.roundtable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(proxyBeanMethods = false)
public class RoundtableApplication {
    public static void main(String[] args) {
        SpringApplication.run(RoundtableApplication.class, args);
    }
}
