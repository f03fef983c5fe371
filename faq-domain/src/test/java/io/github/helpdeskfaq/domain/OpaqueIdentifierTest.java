package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** The ids that only the server sends are carried as they came: nothing but null is refused. */
class OpaqueIdentifierTest {

  @Test
  void carry_any_server_value_as_it_came() {
    assertThat(CategoryId.of("0").value()).isEqualTo("0");
    assertThat(UserId.of("ou_37019b7c830210acd88fdce886e25c71").toString())
        .isEqualTo("ou_37019b7c830210acd88fdce886e25c71");
    assertThat(HelpdeskId.of("id with spaces/and slashes").value()).isEqualTo("id with spaces/and slashes");
    assertThat(UserId.of("ou\r\n\u0000").value()).isEqualTo("ou\r\n\u0000");
    assertThat(CategoryId.of(" ").value()).isEqualTo(" ");
  }

  @Test
  void refuse_only_null_naming_the_field() {
    assertThatNullPointerException().isThrownBy(() -> HelpdeskId.of(null)).withMessage("helpdesk id must not be null");
    assertThatNullPointerException().isThrownBy(() -> UserId.of(null)).withMessage("user id must not be null");
    assertThatNullPointerException().isThrownBy(() -> CategoryId.of(null)).withMessage("category id must not be null");
  }
}
