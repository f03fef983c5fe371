package io.github.helpdeskfaq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class OpaqueIdentifierTest {

  @Test
  void carry_any_non_blank_server_value() {
    assertThat(CategoryId.of("0").value()).isEqualTo("0");
    assertThat(UserId.of("ou_37019b7c830210acd88fdce886e25c71").toString())
        .isEqualTo("ou_37019b7c830210acd88fdce886e25c71");
    assertThat(HelpdeskId.of("id with spaces/and slashes").value()).isEqualTo("id with spaces/and slashes");
  }

  @Test
  void refuse_blank_null_and_control_characters_naming_the_field() {
    assertThatIllegalArgumentException().isThrownBy(() -> CategoryId.of(" "))
        .withMessage("category id \" \" must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> UserId.of("ou\r\n"))
        .withMessage("user id \"ou\\u000d\\u000a\" must not contain control characters");
    assertThatNullPointerException().isThrownBy(() -> HelpdeskId.of(null)).withMessage("helpdesk id must not be null");
  }
}
