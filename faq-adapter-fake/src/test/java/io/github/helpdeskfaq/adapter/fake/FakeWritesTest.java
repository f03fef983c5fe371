package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FakeWritesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:15:30.750Z");
  private static final NewFaq WIFI = NewFaq.builder("Wi-Fi?").answer("Join \"office\".").build();

  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .faq(Faq.builder(FaqId.of("7100000000000000001")).question("seeded").build())
      .category(Category.of(CategoryId.of("10"), "IT"))
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .build();

  @Test
  void new_ids_have_the_platforms_form_and_skip_the_ids_in_use() {
    FaqId first = fake.createFaq(WIFI).id();
    CategoryId category = fake.createCategory(NewCategory.named("Network")).id().orElseThrow();
    FaqId third = fake.createFaq(WIFI).id();

    assertThat(first.value()).isEqualTo("7100000000000000002");
    assertThat(category.value()).isEqualTo("7100000000000000003");
    assertThat(third.value()).isEqualTo("7100000000000000004");
  }

  @Test
  void times_are_whole_seconds_of_the_clock_and_an_update_is_always_later() {
    Faq created = fake.createFaq(WIFI);
    fake.updateFaq(created.id(), FaqChange.builder().answer("first change").build());
    Instant first = fake.findById(created.id()).orElseThrow().updateTime().orElseThrow();
    fake.updateFaq(created.id(), FaqChange.builder().answer("second change").build());
    Faq read = fake.findById(created.id()).orElseThrow();

    assertThat(created.createTime()).contains(Instant.parse("2026-12-07T10:15:30Z"));
    assertThat(created.updateTime()).contains(Instant.parse("2026-12-07T10:15:30Z"));
    assertThat(first).isEqualTo(Instant.parse("2026-12-07T10:15:31Z"));
    assertThat(read.updateTime()).contains(Instant.parse("2026-12-07T10:15:32Z"));
    assertThat(read.createTime()).isEqualTo(created.createTime());
    assertThat(read.legacyId()).contains(created.id().value());
  }

  @Test
  void a_lost_answer_leaves_the_write_done_and_the_next_write_answers() {
    fake.loseNextWriteAnswers(1, () -> new FaqServiceUnavailableException("answer lost", null, null, 1, null));

    assertThatThrownBy(() -> fake.createFaq(WIFI)).isInstanceOf(FaqServiceUnavailableException.class)
        .hasMessage("answer lost");
    Faq second = fake.createFaq(NewFaq.builder("Printer?").answer("Room 2.").build());

    try (Stream<Faq> all = fake.list(FaqFilter.all())) {
      assertThat(all.map(faq -> faq.question().orElseThrow())).containsExactly("seeded", "Wi-Fi?", "Printer?");
    }
    assertThat(second.question()).contains("Printer?");
  }

  @Test
  void an_injected_failure_fails_a_write_before_it_happens_and_every_write_is_recorded() {
    fake.failNextCalls(1, () -> new FaqServiceUnavailableException("injected", null, null, 1, null));

    assertThatThrownBy(() -> fake.createFaq(WIFI)).hasMessage("injected");
    FaqId id = fake.createFaq(WIFI).id();
    fake.deleteFaq(id);

    assertThat(fake.writeCalls()).containsExactly(new WriteCall.CreateFaq(WIFI), new WriteCall.CreateFaq(WIFI),
        new WriteCall.DeleteFaq(id));
    assertThat(fake.findById(id)).isEmpty();
    assertThat(fake.catalogCalls()).isEmpty();
  }

  @Test
  void a_deleted_faq_takes_its_images_with_it() {
    FaqId id = fake.createFaq(WIFI).id();
    ImageKey key = ImageKey.of("img_1");
    fake.putImage(id, key, "image/png", new byte[] {1, 2});

    fake.deleteFaq(id);

    assertThat(fake.readImage(id, key, image -> "read")).isEmpty();
  }

  @Test
  void what_the_platform_would_refuse_is_refused_and_nothing_changes() {
    CategoryId it = CategoryId.of("10");
    CategoryId network = fake.createCategory(NewCategory.named("Network").under(it)).id().orElseThrow();

    assertThatThrownBy(() -> fake.createFaq(NewFaq.builder("Q?").answer("A").category(CategoryId.of("404")).build()))
        .isInstanceOf(FaqRequestRejectedException.class).hasMessage("no category 404 to file the FAQ under");
    assertThatThrownBy(() -> fake.createCategory(NewCategory.named("Orphan").under(CategoryId.of("404"))))
        .isInstanceOf(FaqRequestRejectedException.class).hasMessage("no category 404 to file under");
    assertThatThrownBy(() -> fake.updateCategory(it, CategoryChange.moveUnder(network)))
        .isInstanceOf(FaqRequestRejectedException.class)
        .hasMessage("category 10 cannot move under itself or its subcategory " + network);
    assertThatThrownBy(() -> fake.deleteCategory(it)).isInstanceOf(FaqRequestRejectedException.class)
        .hasMessage("category 10 has subcategories: delete or move them first");

    assertThat(fake.categoryTree()).hasSize(1);
    assertThat(fake.categoryTree().get(0).children()).extracting(node -> node.category().id().orElseThrow())
        .containsExactly(network);
    try (Stream<Faq> all = fake.list(FaqFilter.all())) {
      assertThat(all).hasSize(1);
    }
  }

  @Test
  void a_category_moves_to_the_top_under_the_platforms_no_parent() {
    CategoryId network = fake.createCategory(NewCategory.named("Network").under(CategoryId.of("10"))).id()
        .orElseThrow();

    fake.updateCategory(network, CategoryChange.moveUnder(CategoryId.of("0")));

    assertThat(fake.categoryTree()).extracting(node -> node.category().id().orElseThrow())
        .containsExactly(CategoryId.of("10"), network);
    assertThat(fake.findCategory(network).flatMap(Category::name)).contains("Network");
    assertThat(fake.updateFaq(FaqId.of("404"), FaqChange.builder().tags(List.of()).build())).isFalse();
  }
}
