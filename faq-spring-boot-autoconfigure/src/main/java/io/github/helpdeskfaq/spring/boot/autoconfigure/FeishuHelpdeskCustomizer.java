package io.github.helpdeskfaq.spring.boot.autoconfigure;

import io.github.helpdeskfaq.adapter.feishu.FeishuHelpdesk;

/**
 * Changes the Feishu adapter's builder after the {@code helpdesk.feishu.*} properties are applied and before it is
 * built: for what a property cannot say (a proxy, a private certificate authority's trust, a clock). Declare it as a
 * bean; several apply in their {@code @Order}.
 */
@FunctionalInterface
public interface FeishuHelpdeskCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(FeishuHelpdesk.Builder builder);
}
