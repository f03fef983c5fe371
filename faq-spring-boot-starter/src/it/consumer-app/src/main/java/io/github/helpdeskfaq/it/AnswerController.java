package io.github.helpdeskfaq.it;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.port.FaqRepository;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The application's own code: it depends on the port, whichever adapter the environment wires. */
@RestController
class AnswerController {

  private final FaqRepository faqs;

  AnswerController(FaqRepository faqs) {
    this.faqs = faqs;
  }

  @GetMapping("/faqs/{id}")
  ResponseEntity<String> question(@PathVariable("id") String id) {
    try {
      return faqs.findById(FaqId.of(id)).flatMap(Faq::question).map(ResponseEntity::ok)
          .orElseGet(() -> ResponseEntity.notFound().build());
    } catch (FaqServiceUnavailableException down) {
      return ResponseEntity.status(503).body("The helpdesk is unavailable, try again later.");
    }
  }
}
