package eventlings.workshop.cli;

import eventlings.workshop.Repository.Lab;
import eventlings.workshop.cli.Git.Change;
import java.util.List;

/**
 * {@code ./workshop reset lab [--yes]}: puts one lab's {@code src/main/java} back as it was committed, after
 * showing which files would change and asking. Only that folder is ever touched: other labs, the goals and
 * the learner's notes elsewhere stay as they are.
 */
final class ResetCommand {

  private ResetCommand() {}

  static int run(Lab lab, boolean confirmed, Console console) {
    String folder = "labs/" + lab.name() + "/src/main/java";
    Git git = new Git(lab.root());
    List<Change> changes = git.changesUnder(folder);
    if (changes.isEmpty()) {
      console.println(folder + " is already the starter code: nothing to reset.");
      return 0;
    }
    console.println("Resetting lab " + lab.name() + " discards your work in these files:");
    for (Change change : changes) {
      String what = change.untracked() ? "new, will be deleted" : change.deleted() ? "deleted, will come back" : "changed";
      console.println("  " + change.path() + "  (" + what + ")");
    }
    if (!confirmed && !console.confirm("Discard your work in lab " + lab.number() + "?")) {
      console.println("Nothing was changed.");
      return 1;
    }
    if (changes.stream().anyMatch(change -> !change.untracked())) {
      git.restore(folder);
    }
    if (changes.stream().anyMatch(Change::untracked)) {
      git.removeUntracked(folder);
    }
    console.println("Lab " + lab.name() + " is back to its starter code. Start again with ./workshop check "
        + lab.number() + ".");
    return 0;
  }
}
