package nl.waakvlam.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;

/**
 * The one filter chain. Deny by default: every route a page needs is listed here with its role,
 * so a new controller is unreachable until someone decides who may use it. Object-level rules
 * (which client) live in the modules' visibility policies.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Every role but a client's own account, for the routes of the programme's work. */
    private static final String[] STAFF = Role.fileRoles().stream().map(Role::name).toArray(String[]::new);
    /** Who reads the programme's aggregated figures: the project leader and the steering group. */
    private static final String[] FIGURES = {Role.PROJECT_LEADER.name(), Role.MONITOR.name()};


    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AccountService> accounts,
                                            ObjectProvider<LocaleResolver> localeResolver,
                                            ObjectProvider<SignInThrottle> throttle, ObjectProvider<AuditLog> auditLog,
                                            @Value("${waakvlam.session.absolute-lifetime:PT12H}") Duration lifetime,
                                            ObjectProvider<SsoLogin> ssoLogin) throws Exception {
        // Absent only in controller slice tests, which check route rules without a database.
        AccountService accountService = accounts.getIfAvailable();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        // the new user's link to choose a password, and the first start's set-up page
                        .requestMatchers("/invitation/**", "/setup").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // only with the bearer token: MetricsEndpointGuard answers before this chain
                        .requestMatchers("/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/caseload", "/caseload/**").hasRole(Role.COACH.name())
                        .requestMatchers("/referrals/new").hasAnyRole(Role.REFERRER.name(), Role.PROJECT_LEADER.name())
                        .requestMatchers("/referrals", "/referrals/**").hasRole(Role.REFERRER.name())
                        // the steering group: aggregated figures and the monitor report, never a list of
                        // clients (the waiting list's CSV names them) nor the pages that manage rounds and cases
                        .requestMatchers("/dashboard/waiting.csv", "/dashboard/monitor/time-clients.csv")
                                .hasRole(Role.PROJECT_LEADER.name())
                        .requestMatchers("/dashboard", "/dashboard/monitor", "/dashboard/monitor.pdf",
                                "/dashboard/monitor.xlsx", "/dashboard/monitor/*.csv", "/dashboard/monitoring.pdf",
                                "/dashboard/*.csv").hasAnyRole(FIGURES)
                        // a monitoring round's questionnaire, answered by the referrer or coach it is for
                        .requestMatchers("/vragenlijst/**").hasAnyRole(Role.REFERRER.name(), Role.COACH.name())
                        .requestMatchers("/dashboard", "/dashboard/**", "/intake", "/intake/**", "/coaches",
                                "/coaches/**", "/agreements", "/handovers").hasRole(Role.PROJECT_LEADER.name())
                        .requestMatchers("/import", "/import/**").hasRole(Role.PROJECT_LEADER.name())
                        .requestMatchers("/backoffice", "/backoffice/**").hasRole(Role.BACKOFFICE.name())
                        .requestMatchers("/callbacks/**").hasRole(Role.COACH.name())
                        // Every role reaches the client file; ClientVisibility answers 404 (and audits)
                        // for clients outside the user's reach, administrators included.
                        .requestMatchers("/clients").hasAnyRole(Role.COACH.name(), Role.PROJECT_LEADER.name())
                        .requestMatchers("/clients/**").hasAnyRole(STAFF)
                        // Reports: the report service applies the visibility policy and the client's consent.
                        .requestMatchers("/reports/**").hasAnyRole(STAFF)
                        .requestMatchers("/inbox", "/inbox/**").hasAnyRole(STAFF)
                        // a client's own account reaches only the pages about their own file
                        .requestMatchers("/mijn", "/mijn/**").hasRole(Role.CLIENT.name())
                        // the second step after the password, and enrolling a second factor, need
                        // only the first factor: every other rule asks for both (SecondFactorConfiguration)
                        .requestMatchers("/mfa", "/account/mfa").access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/account", "/account/**").authenticated()
                        // the sociale kaart to look up; the administrator changes it under /admin/organisations
                        .requestMatchers("/organisations").hasAnyRole(Role.COACH.name(), Role.PROJECT_LEADER.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> {
                    form.loginPage("/login").failureUrl("/login?error").permitAll();
                    if (accountService != null) {
                        form.successHandler(new LoginSuccessHandler(accountService, localeResolver.getIfAvailable(),
                                throttle.getIfAvailable()));
                    } else {
                        form.defaultSuccessUrl("/", true);
                    }
                })
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint("/mfa"), MfaPolicy.FACTOR))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        // Single sign-on, when waakvlam.sso.issuer-uri is set (SsoConfiguration).
        ssoLogin.ifAvailable(sso -> sso.applyTo(http));
        if (accountService != null) {
            http.addFilterBefore(new AccountStandingFilter(accountService, lifetime), AuthorizationFilter.class);
            SignInThrottle signInThrottle = throttle.getIfAvailable();
            if (signInThrottle != null) {
                http.addFilterBefore(new SignInThrottleFilter(signInThrottle, auditLog.getObject()),
                        UsernamePasswordAuthenticationFilter.class);
            }
        }
        return http.build();
    }

    /**
     * No observation around every filter of the chain and every access decision: on each page view
     * that is about twenty nested observations (and their timers) that nobody reads; the request as a
     * whole is still observed ({@code http.server.requests}), and so are sign-ins.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }
}
