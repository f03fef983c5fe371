package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.RichTextElement;
import io.github.helpdeskfaq.domain.UserId;
import io.github.helpdeskfaq.testkit.ContractData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaqMapperTest {

  private static final FaqId ASKED = FaqId.of("6936004780707807231");

  @Test
  void maps_every_field_of_the_documented_example() throws Exception {
    FaqResponseDto response = FeishuJson.FAQ_RESPONSE.fromJson(Fixtures.text(Fixtures.KNOWN_FAQ));

    Faq faq = FaqMapper.toFaq(response.data.faq, Optional.of(ASKED));

    assertThat(faq).usingRecursiveComparison().isEqualTo(ContractData.knownFaq());
    assertThat(faq).isEqualTo(ContractData.knownFaq());
  }

  @Test
  void maps_the_quirks_that_real_gateways_send() throws Exception {
    FaqResponseDto response = FeishuJson.FAQ_RESPONSE.fromJson(Fixtures.text(Fixtures.LENIENT_FAQ));

    Faq faq = FaqMapper.toFaq(response.data.faq, Optional.empty());

    assertThat(faq.id()).isEqualTo(FaqId.of("7000000000000000001"));
    assertThat(faq.legacyId()).isEmpty();
    assertThat(faq.helpdeskId()).isEmpty();
    assertThat(faq.answer()).isEmpty();
    assertThat(faq.answerRichText()).containsExactly(RichTextElement.text("Yes: "),
        new RichTextElement.Image(Optional.of("img_2038"), Optional.empty(), Optional.of("680"),
            Optional.of("480")));
    assertThat(faq.imageKeys()).containsExactly(ImageKey.of("img_2038"));
    assertThat(faq.createTime()).contains(Instant.ofEpochSecond(1596379008L));
    assertThat(faq.updateTime()).contains(Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(faq.expireTime()).isEmpty();
    assertThat(faq.categories()).singleElement().satisfies(category -> {
      assertThat(category.id()).contains(CategoryId.of("6948728206392295444"));
      assertThat(category.legacyId()).contains("6948728206392295444");
      assertThat(category.parentId()).isEmpty();
      assertThat(category.helpdeskId()).isEmpty();
    });
    assertThat(faq.tags()).isEmpty();
    assertThat(faq.createUser()).hasValueSatisfying(user -> {
      assertThat(user.id()).contains(UserId.of("ou_1"));
      assertThat(user.avatarUrl()).isEmpty();
    });
    assertThat(faq.updateUser()).isEmpty();
  }

  @Test
  void takes_the_id_from_faq_id_then_the_legacy_id_then_the_id_asked_for() {
    FaqDto both = new FaqDto();
    both.faqId = "1";
    both.id = "2";
    FaqDto legacyOnly = new FaqDto();
    legacyOnly.id = "2";
    FaqDto neither = new FaqDto();
    neither.faqId = " ";

    assertThat(FaqMapper.toFaq(both, Optional.of(ASKED)).id()).isEqualTo(FaqId.of("1"));
    assertThat(FaqMapper.toFaq(both, Optional.of(ASKED)).legacyId()).contains("2");
    assertThat(FaqMapper.toFaq(legacyOnly, Optional.of(ASKED)).id()).isEqualTo(FaqId.of("2"));
    assertThat(FaqMapper.toFaq(neither, Optional.of(ASKED)).id()).isEqualTo(ASKED);
  }

  @Test
  void refuses_a_faq_without_any_id_when_nothing_was_asked() {
    assertThatIllegalArgumentException().isThrownBy(() -> FaqMapper.toFaq(new FaqDto(), Optional.empty()))
        .withMessageContaining("neither a faq_id nor an id");
  }

  @Test
  void refuses_a_faq_id_that_is_not_path_safe_naming_the_field() {
    FaqDto hostile = new FaqDto();
    hostile.faqId = "../admin";

    assertThatIllegalArgumentException().isThrownBy(() -> FaqMapper.toFaq(hostile, Optional.of(ASKED)))
        .withMessageContaining("faq id");
  }

  @Test
  void takes_a_categorys_id_from_category_id_then_its_legacy_id() {
    CategoryDto both = new CategoryDto();
    both.categoryId = "10";
    both.id = "11";
    CategoryDto legacyOnly = new CategoryDto();
    legacyOnly.id = "11";

    assertThat(FaqMapper.toCategory(both).id()).contains(CategoryId.of("10"));
    assertThat(FaqMapper.toCategory(both).legacyId()).contains("11");
    assertThat(FaqMapper.toCategory(legacyOnly).id()).contains(CategoryId.of("11"));
    assertThat(FaqMapper.toCategory(new CategoryDto()).id()).isEmpty();
  }

  @Test
  void maps_rich_text_through_the_rich_text_mapper_and_a_missing_list_as_empty() {
    FaqDto dto = new FaqDto();
    dto.answerRichtext = List.of(new RichTextDto(Map.of("type", "hyperlink", "url", "https://bytedance.com")));

    assertThat(FaqMapper.toFaq(dto, Optional.of(ASKED)).answerRichText())
        .containsExactly(new RichTextElement.Hyperlink(Optional.empty(), Optional.of("https://bytedance.com")));
    dto.answerRichtext = null;
    assertThat(FaqMapper.toFaq(dto, Optional.of(ASKED)).answerRichText()).isEmpty();
  }

  @Test
  void keeps_empty_strings_of_text_fields_as_sent_but_reads_blank_ids_as_absent() {
    FaqDto dto = new FaqDto();
    dto.question = "";
    dto.helpdeskId = "";
    TicketUserDto user = new TicketUserDto();
    user.id = "";
    user.name = "";
    dto.createUser = user;

    Faq faq = FaqMapper.toFaq(dto, Optional.of(ASKED));

    assertThat(faq.question()).contains("");
    assertThat(faq.helpdeskId()).isEmpty();
    assertThat(faq.createUser()).hasValueSatisfying(u -> {
      assertThat(u.id()).isEmpty();
      assertThat(u.name()).contains("");
    });
  }

  @Test
  void maps_a_helpdesk_id_as_sent() {
    FaqDto dto = new FaqDto();
    dto.helpdeskId = "6936004780707807251";

    assertThat(FaqMapper.toFaq(dto, Optional.of(ASKED)).helpdeskId())
        .contains(HelpdeskId.of("6936004780707807251"));
  }
}
