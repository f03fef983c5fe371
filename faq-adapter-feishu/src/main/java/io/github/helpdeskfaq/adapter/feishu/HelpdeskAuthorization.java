package io.github.helpdeskfaq.adapter.feishu;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What every helpdesk call sends as {@value FeishuApi#HELPDESK_AUTHORIZATION}:
 * {@code base64(helpdesk_id:helpdesk_token)}. Endpoints of {@link FeishuApi} take it as a header parameter; it never
 * shows its value.
 *
 * @param value the header's value
 */
record HelpdeskAuthorization(String value) {

  static HelpdeskAuthorization of(String helpdeskId, String helpdeskToken) {
    return new HelpdeskAuthorization(Base64.getEncoder()
        .encodeToString((helpdeskId + ":" + helpdeskToken).getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return "HelpdeskAuthorization[****]";
  }
}
