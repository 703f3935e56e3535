package eventlings.checkers.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a timeline: when, who, what, and a remark when something about it stands out.
 *
 * @param arrow the same moment in the sequence diagram, if it is a message between two parties
 */
record Line(Instant at, String actor, String text, String remark, Mark mark, Optional<Arrow> arrow) {

  Line(Instant at, String actor, String text, Optional<Arrow> arrow) {
    this(at, actor, text, "", Mark.NONE, arrow);
  }

  Line marked(Mark mark, String remark) {
    return new Line(at, actor, text, this.remark.isEmpty() ? remark : this.remark + " " + remark,
        mark.ordinal() > this.mark.ordinal() ? mark : this.mark, arrow);
  }

  /** How much a line stands out: the board centres on the first surprise, else on the first repeat. */
  enum Mark {
    NONE,
    /** A message seen again, which at-least-once delivery allows: effects must survive it. */
    REPEAT,
    /** Something the code under test got wrong or failed at. */
    SURPRISE
  }

  /** A message from one party to another in the sequence diagram; {@code dashed} for replies such as commits. */
  record Arrow(String from, String to, String label, boolean dashed) {}
}
