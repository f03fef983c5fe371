package io.github.helpdeskfaq.spring.boot.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the starter's secrets in {@code /actuator/configprops} and {@code /actuator/env}, even where an operator
 * shows values ({@code show-values=always}): the properties that hold one, by name in any of their forms
 * ({@code helpdesk.feishu.app-secret}, {@code appSecret}, {@code HELPDESK_FEISHU_APPSECRET}), and any entry whose
 * value holds a configured secret, whatever its name (the environment variable a placeholder read it from).
 */
final class HelpdeskSecrets implements SanitizingFunction {

  /** The names of the properties that hold a secret, lower case, letters and digits only. */
  private static final Set<String> SECRET_PROPERTIES = Set.of("helpdeskfeishuappsecret",
      "helpdeskfeishuhelpdesktoken", "helpdeskfeishuuseraccesstoken", "helpdeskquotaredisurl",
      "springdataredispassword", "springdataredisurl");
  /** Shorter values are not looked for in other entries: they would mask what is no secret. */
  private static final int SHORTEST_SECRET = 6;

  private final Supplier<List<String>> secrets;

  /**
   * @param secrets the secret values configured now (blank or null ones are ignored)
   */
  HelpdeskSecrets(Supplier<List<String>> secrets) {
    this.secrets = secrets;
  }

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (SECRET_PROPERTIES.contains(key) || holdsSecret(data.getValue())) {
      return data.withSanitizedValue();
    }
    return data;
  }

  private boolean holdsSecret(Object value) {
    if (value == null) {
      return false;
    }
    String text = value.toString();
    return secrets.get().stream()
        .anyMatch(secret -> secret != null && secret.strip().length() >= SHORTEST_SECRET
            && text.contains(secret.strip()));
  }

  @Override
  public String toString() {
    return "HelpdeskSecrets" + SECRET_PROPERTIES;
  }
}
