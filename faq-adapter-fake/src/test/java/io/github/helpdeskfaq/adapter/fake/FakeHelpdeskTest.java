package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeHelpdeskTest {

  private static final FaqId ONE = FaqId.of("1");
  private static final FaqId TWO = FaqId.of("2");
  private static final ImageKey KEY = ImageKey.of("img_1");

  private final List<Duration> slept = new ArrayList<>();
  private final FakeHelpdesk fake = FakeHelpdesk.builder()
      .faq(Faq.builder(ONE).question("one?").build())
      .faq(Faq.builder(TWO).question("two?").build())
      .image(ONE, KEY, "image/png", new byte[] {1, 2, 3})
      .sleeper(slept::add)
      .build();

  @Test
  void fails_exactly_the_next_n_calls_then_answers_again() {
    fake.failNextCalls(2, () -> new FaqServiceUnavailableException("injected", null, null, 1, null));

    assertThatThrownBy(() -> fake.findById(ONE)).isInstanceOf(FaqServiceUnavailableException.class)
        .hasMessage("injected");
    assertThatThrownBy(() -> fake.readImage(ONE, KEY, image -> "read"))
        .isInstanceOf(FaqServiceUnavailableException.class);
    assertThat(fake.findById(ONE)).isPresent();
  }

  @Test
  void built_not_to_record_keeps_no_call_yet_answers_and_fails_as_told() {
    FakeHelpdesk quiet = FakeHelpdesk.builder().faq(Faq.builder(ONE).question("one?").build()).recordCalls(false)
        .build();
    quiet.failNextCalls(1, () -> new FaqServiceUnavailableException("injected", null, null, 1, null));

    assertThatThrownBy(() -> quiet.findById(ONE)).hasMessage("injected");
    assertThat(quiet.findById(ONE)).isPresent();
    assertThat(quiet.list(FaqFilter.all())).hasSize(1);
    assertThat(quiet.calls()).isEmpty();
    assertThat(quiet.catalogCalls()).isEmpty();
    assertThat(fake.findById(ONE)).as("the default records").isPresent();
    assertThat(fake.calls()).hasSize(1);
  }

  @Test
  void fails_calls_about_one_faq_until_cleared_and_leaves_others_alone() {
    fake.failCallsFor(ONE, () -> new FaqAccessDeniedException("no access to 1", 154003, null));

    assertThatThrownBy(() -> fake.findById(ONE)).isInstanceOf(FaqAccessDeniedException.class);
    assertThatThrownBy(() -> fake.readImage(ONE, KEY, image -> "read")).isInstanceOf(FaqAccessDeniedException.class);
    assertThatThrownBy(() -> fake.findById(ONE)).isInstanceOf(FaqAccessDeniedException.class);
    assertThat(fake.findById(TWO)).isPresent();

    fake.clearFaults();
    assertThat(fake.findById(ONE)).isPresent();
  }

  @Test
  void makes_a_fresh_exception_for_every_failed_call() {
    fake.failNextCalls(2, () -> new FaqServiceUnavailableException("injected", null, null, 1, null));

    Throwable first = org.assertj.core.api.Assertions.catchThrowable(() -> fake.findById(ONE));
    Throwable second = org.assertj.core.api.Assertions.catchThrowable(() -> fake.findById(ONE));

    assertThat(first).isNotNull().isNotSameAs(second);
  }

  @Test
  void delays_calls_by_the_injected_latency() {
    fake.delayCalls(Duration.ofMillis(250));
    fake.delayCallsFor(TWO, Duration.ofSeconds(2));

    fake.findById(ONE);
    fake.findById(TWO);

    assertThat(slept).containsExactly(Duration.ofMillis(250), Duration.ofMillis(2250));
  }

  @Test
  void records_calls_in_order_including_failed_ones() {
    fake.failNextCalls(1, () -> new FaqServiceUnavailableException("injected", null, null, 1, null));

    assertThatThrownBy(() -> fake.findById(TWO)).isInstanceOf(FaqServiceUnavailableException.class);
    fake.readImage(ONE, KEY, image -> "read");

    assertThat(fake.calls()).containsExactly(RecordedCall.findById(TWO), RecordedCall.readImage(ONE, KEY));
    fake.clearCalls();
    assertThat(fake.calls()).isEmpty();
  }

  @Test
  void can_be_changed_while_in_use() {
    fake.put(Faq.builder(FaqId.of("3")).build());
    fake.putImage(TWO, KEY, "image/gif", new byte[] {9});
    fake.remove(ONE);

    assertThat(fake.findById(FaqId.of("3"))).isPresent();
    assertThat(fake.findById(ONE)).isEmpty();
    assertThat(fake.readImage(ONE, KEY, image -> "read")).isEmpty();
    assertThat(fake.readImage(TWO, KEY, image -> image.contentType())).contains("image/gif");
  }

  @Test
  void copies_seeded_image_bytes() {
    byte[] bytes = {1, 2, 3};
    fake.putImage(TWO, KEY, "image/png", bytes);
    bytes[0] = 42;

    assertThat(fake.readImage(TWO, KEY, image -> image.stream().readAllBytes())).hasValueSatisfying(
        read -> assertThat(read).containsExactly(1, 2, 3));
  }

  @Test
  void streams_every_byte_through_each_read_method_while_the_reader_runs() {
    fake.putImage(TWO, KEY, "image/png", new byte[] {10, 20, (byte) 200, 40, 50});

    assertThat(fake.readImage(TWO, KEY, image -> {
      InputStream in = image.stream();
      byte[] middle = new byte[4];
      List<Integer> seen = new ArrayList<>();
      seen.add(in.read());
      seen.add(in.available());
      seen.add((int) in.skip(1));
      seen.add(in.read(middle, 1, 3));
      seen.add(in.read());
      seen.add(in.read(middle, 0, 1));
      seen.add(middle[1] & 0xff);
      seen.add(middle[2] & 0xff);
      return seen;
    })).contains(List.of(10, 4, 1, 3, -1, -1, 200, 40));
  }

  @Test
  void refuses_reads_of_an_image_stream_kept_past_the_reader() {
    InputStream kept = fake.readImage(ONE, KEY, image -> image.stream()).orElseThrow();

    assertThatThrownBy(kept::read).isInstanceOf(IOException.class)
        .hasMessage("the image stream is closed: read the image inside the ImageReader, before it returns");
    assertThatThrownBy(() -> kept.read(new byte[3], 0, 3)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> kept.skip(1)).isInstanceOf(IOException.class);
    assertThatThrownBy(kept::available).isInstanceOf(IOException.class);
  }

  @Test
  void refuses_nonsense_fault_settings() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> fake.failNextCalls(0, () -> new FaqServiceUnavailableException("x", null, null, 1, null)))
        .withMessage("count must be at least 1, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> fake.delayCalls(Duration.ofMillis(-1)))
        .withMessageContaining("latency must not be negative");
  }

  @Test
  void says_what_it_holds() {
    assertThat(fake).hasToString("FakeHelpdesk[2 FAQs, 1 images, 0 categories, 0 faults]");
  }
}
