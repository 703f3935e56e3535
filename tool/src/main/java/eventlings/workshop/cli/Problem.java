package eventlings.workshop.cli;

/**
 * Something the learner can fix, said in one sentence. The workshop prints the sentence and nothing else:
 * a stack trace would only bury it.
 */
final class Problem extends RuntimeException {

  Problem(String sentence) {
    super(sentence, null, false, false);
  }
}
