/**
 * What the Spring Boot starter costs at start-up: a minimal web application
 * ({@link io.github.helpdeskfaq.bench.boot.MinimalWebApplication}) started as a whole process with and without the
 * starter on its class path, in turn ({@link io.github.helpdeskfaq.bench.boot.StarterStartup}).
 */
package io.github.helpdeskfaq.bench.boot;
