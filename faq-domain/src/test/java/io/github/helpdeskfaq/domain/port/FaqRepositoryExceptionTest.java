package io.github.helpdeskfaq.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.helpdeskfaq.domain.port.Diagnostics.Help;
import io.github.helpdeskfaq.domain.port.Diagnostics.PermissionViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaqRepositoryExceptionTest {

  @Test
  void carries_the_service_code_and_renders_it_after_the_description() {
    FaqAccessDeniedException denied = new FaqAccessDeniedException("no access", 154003, null);

    assertThat(denied.serviceCode()).hasValue(154003);
    assertThat(denied.description()).isEqualTo("no access");
    assertThat(denied).hasMessage("no access (code 154003)");
    assertThat(new FaqRequestRejectedException("bad", null, null)).hasMessage("bad")
        .satisfies(e -> assertThat(e.serviceCode()).isEmpty());
  }

  @Test
  void unavailable_carries_the_wait_and_the_attempts_and_renders_them() {
    FaqServiceUnavailableException throttled = new FaqServiceUnavailableException("slow down", 99991400,
        Duration.ofSeconds(3), 2, null);

    assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(throttled.attempts()).isEqualTo(2);
    assertThat(throttled.serviceCode()).hasValue(99991400);
    assertThat(throttled).hasMessage("slow down (code 99991400) (retry after 3 s) (after 2 attempts)")
        .isInstanceOf(FaqRepositoryException.class);
  }

  @Test
  void renders_only_the_data_that_applies() {
    assertThat(new FaqServiceUnavailableException("down", null, null, 1, null)).hasMessage("down")
        .satisfies(e -> assertThat(e.retryAfter()).isEmpty());
    assertThat(new FaqServiceUnavailableException("throttled", null, Duration.ofMillis(150), 0, null))
        .hasMessage("throttled (retry after 150 ms)");
  }

  @Test
  void refuses_negative_data() {
    assertThatIllegalArgumentException().isThrownBy(() -> new FaqServiceUnavailableException("x", null, null, -1,
        null));
    assertThatIllegalArgumentException().isThrownBy(() -> new FaqServiceUnavailableException("x", null,
        Duration.ofSeconds(-1), 1, null));
  }

  private static final Diagnostics SCOPE_MISSING = new Diagnostics(Optional.of("20250101LOGID"),
      Optional.of("https://open.feishu.cn/search?log_id=20250101LOGID"),
      List.of(new PermissionViolation("action_scope_required", "helpdesk:all:readonly", "the app lacks it")),
      List.of(new Help("https://open.feishu.cn/app/cli_1/auth?q=helpdesk:all:readonly", "grant it here")));

  @Test
  void carries_the_diagnostics_as_data_and_renders_each_part_once_after_the_summary() {
    FaqAccessDeniedException denied = new FaqAccessDeniedException("no access", 99991672, SCOPE_MISSING, null);

    assertThat(denied.diagnostics()).isEqualTo(SCOPE_MISSING);
    assertThat(denied.diagnostics().permissionViolations()).extracting(PermissionViolation::subject)
        .containsExactly("helpdesk:all:readonly");
    assertThat(denied.summary()).isEqualTo("no access (code 99991672)");
    assertThat(denied).hasMessage("no access (code 99991672) (log id 20250101LOGID; missing scope "
        + "helpdesk:all:readonly; help https://open.feishu.cn/app/cli_1/auth?q=helpdesk:all:readonly; "
        + "troubleshooter https://open.feishu.cn/search?log_id=20250101LOGID)");
    assertThat(denied.getMessage()).containsOnlyOnce("log id 20250101LOGID");
  }

  @Test
  void unavailable_renders_its_own_data_in_the_summary_and_the_diagnostics_after_it() {
    Diagnostics logged = new Diagnostics(Optional.of("L1"), Optional.empty(), List.of(), List.of());

    assertThat(new FaqServiceUnavailableException("down", 155000, Duration.ofSeconds(2), 3, logged, null))
        .hasMessage("down (code 155000) (retry after 2 s) (after 3 attempts) (log id L1)")
        .satisfies(e -> assertThat(e.summary()).isEqualTo("down (code 155000) (retry after 2 s) (after 3 attempts)"));
  }

  @Test
  void without_diagnostics_the_message_is_the_summary() {
    FaqRepositoryException plain = new FaqRepositoryException("failed", 1, null);
    Diagnostics nothingToShow = new Diagnostics(Optional.empty(), Optional.empty(),
        List.of(new PermissionViolation("", "", "")), List.of());

    assertThat(plain.diagnostics()).isEqualTo(Diagnostics.none()).satisfies(d -> assertThat(d.isEmpty()).isTrue());
    assertThat(plain).hasMessage("failed (code 1)");
    assertThat(new FaqRequestRejectedException("bad", null, nothingToShow, null)).hasMessage("bad");
    assertThat(nothingToShow.isEmpty()).isFalse();
  }

  @Test
  void survives_serialization_with_its_diagnostics() throws IOException, ClassNotFoundException {
    FaqServiceUnavailableException original = new FaqServiceUnavailableException("down", 155000,
        Duration.ofSeconds(2), 3, SCOPE_MISSING, null);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    FaqServiceUnavailableException read;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (FaqServiceUnavailableException) in.readObject();
    }

    assertThat(read).hasMessage(original.getMessage());
    assertThat(read.diagnostics()).isEqualTo(SCOPE_MISSING);
  }

  @Test
  void diagnostics_are_equal_by_value_and_read_back_as_given() {
    Diagnostics copy = new Diagnostics(SCOPE_MISSING.logId(), SCOPE_MISSING.troubleshooter(),
        SCOPE_MISSING.permissionViolations(), SCOPE_MISSING.helps());

    assertThat(copy).isEqualTo(SCOPE_MISSING).hasSameHashCodeAs(SCOPE_MISSING);
    assertThat(copy.logId()).contains("20250101LOGID");
    assertThat(copy.troubleshooter()).contains("https://open.feishu.cn/search?log_id=20250101LOGID");
    assertThat(copy.helps()).extracting(Help::description).containsExactly("grant it here");
    assertThat(copy).hasToString("(log id 20250101LOGID; missing scope helpdesk:all:readonly; help "
        + "https://open.feishu.cn/app/cli_1/auth?q=helpdesk:all:readonly; troubleshooter "
        + "https://open.feishu.cn/search?log_id=20250101LOGID)");
    assertThat(new Diagnostics(Optional.of("other"), copy.troubleshooter(), copy.permissionViolations(),
        copy.helps())).isNotEqualTo(SCOPE_MISSING);
    assertThat(Diagnostics.none()).isNotEqualTo(SCOPE_MISSING).isNotEqualTo("(none)");
  }
}
