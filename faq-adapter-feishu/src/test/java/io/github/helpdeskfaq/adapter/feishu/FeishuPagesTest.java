package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageCursor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** One page of Feishu's list or search, read into the domain's page. */
class FeishuPagesTest {

  @Test
  void reads_items_cursor_and_total_as_sent() throws IOException {
    Page<Faq> page = page("{\"has_more\":true,\"page_token\":\"6856395634652479491\",\"page_size\":1,"
        + "\"total\":\"12\",\"items\":[{\"faq_id\":\"1\",\"question\":\"q\"}]}", true);

    assertThat(page.items()).extracting(faq -> faq.id().value()).containsExactly("1");
    assertThat(page.next()).contains(PageCursor.of("6856395634652479491"));
    assertThat(page.total()).as("a number sent as a string is read").hasValue(12);
  }

  @Test
  void leaves_out_a_total_the_endpoint_does_not_send_or_that_is_negative() throws IOException {
    assertThat(page("{\"total\":5}", false).total()).isEmpty();
    assertThat(page("{\"total\":-1}", true).total()).isEmpty();
  }

  @Test
  void ignores_a_page_token_on_the_last_page() throws IOException {
    assertThat(page("{\"has_more\":false,\"page_token\":\"t\"}", true).hasMore()).isFalse();
  }

  @Test
  void refuses_a_faq_it_cannot_represent_naming_why() {
    assertThatIllegalArgumentException().isThrownBy(() -> page("{\"items\":[{\"question\":\"no id\"}]}", true))
        .withMessageContaining("neither a faq_id nor an id");
  }

  private static Page<Faq> page(String data, boolean withTotal) throws IOException {
    return FeishuPages.toPage(FeishuJson.MOSHI.adapter(FaqPageDto.class).fromJson(data), withTotal);
  }
}
