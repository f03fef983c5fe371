package io.github.helpdeskfaq.adapter.feishu;

import static io.github.helpdeskfaq.testkit.ContractData.KNOWN_FAQ_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.helpdeskfaq.domain.port.Diagnostics;
import io.github.helpdeskfaq.domain.port.Diagnostics.Help;
import io.github.helpdeskfaq.domain.port.Diagnostics.PermissionViolation;
import io.github.helpdeskfaq.domain.port.FaqAccessDeniedException;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.feishu.simulator.FeishuResponses;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Feishu says about an answer beyond its code reaches the caller as data: the log id of the {@code X-Tt-Logid}
 * header or of the error body, the troubleshooter, the missing scope and the help links; whatever shape they come
 * in, the failure stays the one the error table names.
 */
class FeishuDiagnosticsTest {

  private static final String LOG_ID = "20250101120000A1B2C3D4E5F60718293A";
  private static final String GRANT = "https://open.feishu.cn/app/cli_1/auth?q=helpdesk:all:readonly&op_from=openapi";
  private static final String TROUBLESHOOTER = "https://open.feishu.cn/search?log_id=" + LOG_ID + "&code=99991672";
  /** A refusal for a missing scope, as the platform's error bodies carry it. */
  private static final String SCOPE_MISSING = "{\"code\":99991672,\"msg\":\"Access denied. One of the following "
      + "scopes is required: [helpdesk:all:readonly].\",\"error\":{\"log_id\":\"" + LOG_ID + "\","
      + "\"troubleshooter\":\"" + TROUBLESHOOTER + "\",\"permission_violations\":[{\"type\":\"action_scope_required\","
      + "\"subject\":\"helpdesk:all:readonly\",\"description\":\"the app has not been granted the scope\"}],"
      + "\"field_violations\":[],\"helps\":[{\"url\":\"" + GRANT + "\",\"description\":\"apply for the scope\"}]}}";

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu;

  @Test
  void a_refusal_for_a_missing_scope_carries_the_scope_the_help_the_troubleshooter_and_the_log_id() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(400, SCOPE_MISSING));

    FaqAccessDeniedException denied = findKnownFaq(FaqAccessDeniedException.class);

    assertThat(denied.serviceCode()).hasValue(FeishuErrors.SCOPE_MISSING);
    assertThat(denied.diagnostics()).isEqualTo(new Diagnostics(Optional.of(LOG_ID), Optional.of(TROUBLESHOOTER),
        List.of(new PermissionViolation("action_scope_required", "helpdesk:all:readonly",
            "the app has not been granted the scope")),
        List.of(new Help(GRANT, "apply for the scope"))));
    assertThat(denied.getMessage()).containsOnlyOnce(LOG_ID + ";")
        .containsOnlyOnce("missing scope helpdesk:all:readonly").endsWith("; troubleshooter " + TROUBLESHOOTER + ")");
  }

  @Test
  void the_log_id_of_the_header_comes_before_the_bodys() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(400, SCOPE_MISSING)
        .withHeader(FeishuDiagnostics.LOG_ID_HEADER, "2025HEADERLOGID"));

    Diagnostics diagnostics = findKnownFaq(FaqAccessDeniedException.class).diagnostics();

    assertThat(diagnostics.logId()).contains("2025HEADERLOGID");
    assertThat(diagnostics.permissionViolations()).extracting(PermissionViolation::subject)
        .containsExactly("helpdesk:all:readonly");
  }

  @Test
  void an_answer_that_cannot_be_read_still_carries_the_log_id_of_its_header() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.gatewayPage()
        .withHeader(FeishuDiagnostics.LOG_ID_HEADER, LOG_ID));
    FeishuHelpdesk helpdesk = loopback.withTokenSource().retryMaxAttempts(1).build();

    FaqServiceUnavailableException unavailable = catchThrowableOfType(FaqServiceUnavailableException.class,
        () -> helpdesk.findById(KNOWN_FAQ_ID));

    assertThat(unavailable.diagnostics().logId()).contains(LOG_ID);
    assertThat(unavailable).hasMessageContaining("HTTP 502").hasMessageEndingWith("(log id " + LOG_ID + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"oops\"", "[1,2]", "42", "null", "{\"log_id\":{\"a\":1},\"troubleshooter\":[\"x\"]}",
      "{\"permission_violations\":\"helpdesk:all:readonly\",\"helps\":{\"url\":\"https://x\"}}",
      "{\"permission_violations\":[1,null,\"x\",{\"subject\":7},{}],"
          + "\"helps\":[{\"url\":null},{\"description\":\"d\"}]}",
      "{\"log_id\":\"an id with spaces\",\"a\":{\"b\":{\"c\":[[[[{}]]]]}},\"log_id\":\"twice\"}",
      "{\"log_id\":\"\",\"troubleshooter\":\"\\u0000\\u001b \"}"})
  void garbage_in_the_error_object_is_dropped_and_the_refusal_stays_a_refusal(String error) {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(403,
        "{\"code\":154003,\"msg\":\"no access\",\"error\":" + error + "}"));

    FaqAccessDeniedException denied = findKnownFaq(FaqAccessDeniedException.class);

    assertThat(denied.serviceCode()).hasValue(FeishuErrors.FORBIDDEN);
    assertThat(denied.diagnostics().troubleshooter()).isEmpty();
    assertThat(denied.diagnostics().permissionViolations()).isEmpty();
    assertThat(denied.diagnostics().helps()).isEmpty();
    assertThat(denied.diagnostics().logId()).isEmpty();
    assertThat(denied).hasMessageStartingWith("Feishu denied access to FAQ");
  }

  @Test
  void keeps_what_is_readable_printable_and_short() {
    String long1000 = "d".repeat(1000);
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(403, "{\"code\":154003,\"error\":{"
        + "\"permission_violations\":[{\"subject\":\"helpdesk:all:readonly\\u001b]0;title\\u0007\",\"description\":\""
        + long1000 + "\"},{\"subject\":1}],\"helps\":[{\"url\":\"https://help\\u202e\",\"description\":7}]}}")
        .withHeader(FeishuDiagnostics.LOG_ID_HEADER, "not a log id"));

    Diagnostics diagnostics = findKnownFaq(FaqAccessDeniedException.class).diagnostics();

    assertThat(diagnostics.logId()).as("a header that is no log id").isEmpty();
    assertThat(diagnostics.permissionViolations()).singleElement().satisfies(violation -> {
      assertThat(violation.subject()).isEqualTo("helpdesk:all:readonly ]0;title");
      assertThat(violation.description()).hasSize(FeishuDiagnostics.MAX_TEXT + 3).endsWith("...");
    });
    assertThat(diagnostics.helps()).containsExactly(new Help("https://help", ""));
  }

  /** Found by {@link FeishuResponsesPropertyTest}: a C1 control character (NEL, CSI) becomes a space too. */
  @Test
  void a_c1_control_character_becomes_a_space_too() {
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(403, "{\"code\":154003,\"error\":{\"helps\":[{"
        + "\"url\":\"\\u0085https://help\",\"description\":\"see\\u009bthis\"}]}}"));

    FaqAccessDeniedException denied = findKnownFaq(FaqAccessDeniedException.class);

    assertThat(denied.diagnostics().helps()).containsExactly(new Help("https://help", "see this"));
    assertThat(denied).hasMessageEndingWith("(help https://help)");
  }

  @Test
  void a_successful_answers_log_id_reaches_the_listener_and_the_debug_line_of_the_request() {
    RecordingListener listener = new RecordingListener();
    feishu.failNextHelpdeskCalls(1, () -> FeishuResponses.json(200, Fixtures.text(Fixtures.KNOWN_FAQ))
        .withHeader(FeishuDiagnostics.LOG_ID_HEADER, LOG_ID));
    FeishuHelpdesk helpdesk = loopback.withTokenSource().listener(listener).build();

    try (LogRecorder log = LogRecorder.everything()) {
      assertThat(helpdesk.findById(KNOWN_FAQ_ID)).isPresent();

      assertThat(log.lines()).anySatisfy(line -> assertThat(line)
          .startsWith("DEBUG " + Requests.class.getName() + " GET /open-apis/helpdesk/v1/faqs/" + KNOWN_FAQ_ID
              + " -> 200 in ").endsWith(" ms (log id " + LOG_ID + ")"));
    }
    assertThat(listener.reports()).containsSubsequence("request FAQ SUCCESS", "log id FAQ SUCCESS " + LOG_ID,
        "call FAQ SUCCESS");
  }

  private <T extends FaqRepositoryException> T findKnownFaq(Class<T> type) {
    FeishuHelpdesk helpdesk = loopback.withTokenSource().build();
    return catchThrowableOfType(type, () -> helpdesk.findById(KNOWN_FAQ_ID));
  }
}
