package io.partybranch.deploy.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of writes through the gateway, spread over branches, on a few threads, until
 * stopped: honours and members (members-service) and planned activities (activities-service). It
 * keeps the ids of the writes that answered 2xx, so a scenario can check that each has its row.
 */
final class LoadWriter implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    final List<String> honours = new CopyOnWriteArrayList<>();
    final List<String> members = new CopyOnWriteArrayList<>();
    final List<String> activities = new CopyOnWriteArrayList<>();
    final AtomicInteger failed = new AtomicInteger();

    LoadWriter(List<String> branches, int threadCount) {
        for (int t = 0; t < threadCount; t++) {
            int offset = t;
            threads.add(Thread.ofPlatform().name("load-" + t).start(() -> {
                for (int i = offset; running.get(); i += threadCount) {
                    String branch = branches.get(i % branches.size());
                    record(Writes.honour(branch), honours);
                    if (i % 5 == 0) {
                        record(Writes.member(branch).map(Writes.Person::id), members);
                    }
                    if (i % 7 == 0) {
                        record(Writes.activity(branch), activities);
                    }
                }
            }));
        }
    }

    private void record(Optional<String> written, List<String> into) {
        written.ifPresentOrElse(into::add, failed::incrementAndGet);
    }

    int written() {
        return honours.size() + members.size() + activities.size();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
