// Nothing to build here: what OrderRepository.load returns in step 6.
package eventlings.lab03;

// An order as OrderRepository.load finds it: its state, the version of its stream that state stands for (the one to
// append at next), and how many events were folded to get there after the snapshot.
public record LoadedOrder(Order order, long version, int replayedEvents) {}
