package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import org.junit.jupiter.api.Test;

/** The README's example of a consumer's test, kept compiling and passing. */
class ConsumerExampleTest {

  /** Stands for the consumer's own code: it depends on the port only. */
  static final class AnswerService {
    private final FaqRepository faqs;

    AnswerService(FaqRepository faqs) {
      this.faqs = faqs;
    }

    String answer(String faqId) {
      try {
        return faqs.findById(FaqId.of(faqId)).flatMap(Faq::answer).orElse("No such FAQ.");
      } catch (FaqServiceUnavailableException down) {
        return "The helpdesk is unavailable, try again later.";
      }
    }
  }

  FakeHelpdesk faqs = FakeHelpdesk.builder()
      .faq(Faq.builder(FaqId.of("42")).question("How do I reset my password?").answer("Use the portal.").build())
      .build();
  AnswerService service = new AnswerService(faqs);

  @Test
  void answers_from_the_knowledge_base() {
    assertThat(service.answer("42")).isEqualTo("Use the portal.");
    assertThat(faqs.calls()).containsExactly(RecordedCall.findById(FaqId.of("42")));
  }

  @Test
  void says_try_later_when_the_helpdesk_is_down() {
    faqs.failNextCalls(1, () -> new FaqServiceUnavailableException("helpdesk down", null, null, 1, null));
    assertThat(service.answer("42")).isEqualTo("The helpdesk is unavailable, try again later.");
  }

  @Test
  void says_so_when_the_faq_does_not_exist() {
    assertThat(service.answer("43")).isEqualTo("No such FAQ.");
  }
}
