package io.github.helpdeskfaq.bench.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * A minimal Spring Boot web application, nothing of its own: with the starter on the class path it gets the
 * helpdesk's beans, without it not. Once ready to serve it prints {@value #READY} as a line of its own, for
 * {@link StarterStartup} to stop the clock.
 */
@SpringBootApplication
public class MinimalWebApplication {

  static final String READY = "minimal-web-application-ready";

  private MinimalWebApplication() {}

  /**
   * Starts the application and reports it ready.
   *
   * @param args Spring Boot's command line: the properties to start with
   */
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(MinimalWebApplication.class);
    application.addListeners((ApplicationReadyEvent ready) -> {
      System.out.println(READY);
      System.out.flush();
    });
    application.run(args);
  }
}
