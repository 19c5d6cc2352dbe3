package org.roundtable.access;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.roundtable.access.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security with Vaadin: views declare who may open them ({@code @RolesAllowed},
 * {@code @AnonymousAllowed}); everything else needs a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

    /**
     * What a page may load and run. Vaadin documents the two script exceptions as what its
     * client engine needs ("Content Security Policy", Vaadin 25 docs); everything else is our own
     * origin only. Tests run the production bundle, as {@code spring-boot:run} does (no
     * {@code vaadin-dev} on the class path), and the real-browser tests fail on any violation.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            // 'unsafe-inline': the bootstrap page starts Flow's client engine with an inline script.
            // 'unsafe-eval': the engine turns the JavaScript the server sends (executeJs, event data
            // expressions) into functions with new Function(). Dropping them needs Vaadin's nonce-based
            // "strict CSP" set-up, which also forbids executeJs with server-built expressions.
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            // Lumo, the web components and Flow's getStyle() all write inline styles.
            "style-src 'self' 'unsafe-inline'",
            // The QR codes are data: URLs; the components' icons are data: and blob: images.
            "img-src 'self' data: blob:",
            // 'self' covers the push WebSocket on the same host (ws: or wss:, CSP Level 3).
            "connect-src 'self'",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Nothing here needs a camera, a microphone or a location. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/themes/**", "/icons/**", "/favicon.ico").permitAll()
                // The load balancer's probes say only UP or DOWN to anyone; details and metrics are for administrators.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                // Sent on secure requests only: behind the TLS proxy those are the ones Tomcat marks
                // secure from X-Forwarded-Proto (server.forward-headers-strategy: native).
                .httpStrictTransportSecurity(Customizer.withDefaults())
                // Vaadin writes its page without going through the response Spring wraps for
                // headers "on commit", so the headers are written before the servlet runs.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** BCrypt today, with the algorithm recorded in each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
