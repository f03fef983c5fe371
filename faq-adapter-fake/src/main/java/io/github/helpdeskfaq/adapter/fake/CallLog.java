package io.github.helpdeskfaq.adapter.fake;

import io.github.helpdeskfaq.domain.FaqId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What happens to each call of a {@link FakeHelpdesk} before and after it is answered: it is recorded (unless built
 * not to record), delayed and failed by the injected {@linkplain #faults() faults}; a write that happened may then
 * lose its answer to one of the {@linkplain #lostAnswers() lost answers}. Thread-safe.
 */
final class CallLog {

  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<CatalogCall> catalogCalls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<WriteCall> writeCalls = new ConcurrentLinkedQueue<>();
  private final Faults faults;
  private final Faults lostAnswers;
  private final boolean recording;

  CallLog(Sleeper sleeper, boolean recording) {
    this.faults = new Faults(sleeper);
    this.lostAnswers = new Faults(sleeper);
    this.recording = recording;
  }

  /** The failures and delays that calls meet before they are answered. */
  Faults faults() {
    return faults;
  }

  /** The failures that writes meet after they happened. */
  Faults lostAnswers() {
    return lostAnswers;
  }

  void enter(RecordedCall call) {
    if (recording) {
      calls.add(call);
    }
    faults.apply(Optional.of(call.faqId()), Fault.NO_PAGE);
  }

  void enter(CatalogCall call, int page) {
    if (recording) {
      catalogCalls.add(call);
    }
    faults.apply(Optional.empty(), page);
  }

  void enter(WriteCall call, Optional<FaqId> faqId) {
    if (recording) {
      writeCalls.add(call);
    }
    faults.apply(faqId, Fault.NO_PAGE);
  }

  /** The answer of a write that happened, unless a lost answer fails it. */
  <T> T answered(T answer, Optional<FaqId> faqId) {
    lostAnswers.apply(faqId, Fault.NO_PAGE);
    return answer;
  }

  List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  List<CatalogCall> catalogCalls() {
    return List.copyOf(catalogCalls);
  }

  List<WriteCall> writeCalls() {
    return List.copyOf(writeCalls);
  }

  void clearCalls() {
    calls.clear();
    catalogCalls.clear();
    writeCalls.clear();
  }

  void clearFaults() {
    faults.clear();
    lostAnswers.clear();
  }

  int faultCount() {
    return faults.size() + lostAnswers.size();
  }
}
