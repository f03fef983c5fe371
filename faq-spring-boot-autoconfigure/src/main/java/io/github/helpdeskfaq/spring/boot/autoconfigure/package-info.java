/**
 * Spring Boot auto-configuration for the helpdesk, on Boot 3.5 and 4.0: the {@code Helpdesk} bean of the adapter
 * that {@code helpdesk.adapter} names
 * ({@link io.github.helpdeskfaq.spring.boot.autoconfigure.HelpdeskAutoConfiguration},
 * {@link io.github.helpdeskfaq.spring.boot.autoconfigure.HelpdeskProperties}), and its health, meters and masked
 * secrets in Actuator
 * ({@link io.github.helpdeskfaq.spring.boot.autoconfigure.HelpdeskActuatorAutoConfiguration}). docs/spring-boot.md
 * shows it in use. The adapters know nothing of Spring: this package wires them through their public builders.
 *
 * <p>Non-null by default: no parameter or return value is {@code null} unless documented.
 */
package io.github.helpdeskfaq.spring.boot.autoconfigure;
