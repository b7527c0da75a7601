package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which labelled containers a run takes for a dead run's leftovers. */
class OrphanSweepTest {
  private static final String HERE = "build-host";
  private static final String NAMESPACE = "pid:[4026531836]";

  private static Map<String, String> labels(long pid, String host, String namespace) {
    Map<String, String> labels = new HashMap<>();
    labels.put(OrphanSweep.PID, Long.toString(pid));
    labels.put(OrphanSweep.HOST, host);
    if (namespace != null) {
      labels.put(OrphanSweep.PID_NAMESPACE, namespace);
    }
    return labels;
  }

  private static long deadPid() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    return gone.pid();
  }

  @Test
  void aDeadPidOfThisHostAndNamespaceIsAnOrphan() throws Exception {
    assertThat(OrphanSweep.isOrphan(labels(deadPid(), HERE, NAMESPACE), HERE, NAMESPACE)).isTrue();
  }

  @Test
  void aLivePidIsNotAnOrphan() {
    long self = ProcessHandle.current().pid();
    assertThat(OrphanSweep.isOrphan(labels(self, HERE, NAMESPACE), HERE, NAMESPACE)).isFalse();
  }

  @Test
  void aDeadPidReadInAnotherPidNamespaceIsNotTakenForAnOrphan() throws Exception {
    assertThat(OrphanSweep.isOrphan(labels(deadPid(), HERE, "pid:[1]"), HERE, NAMESPACE)).isFalse();
  }

  @Test
  void aDeadPidOfAnotherHostIsNotTakenForAnOrphan() throws Exception {
    assertThat(OrphanSweep.isOrphan(labels(deadPid(), "other-host", NAMESPACE), HERE, NAMESPACE))
        .isFalse();
  }

  @Test
  void aRunLabelledBeforeNamespacesWereRecordedIsJudgedByHostAlone() throws Exception {
    assertThat(OrphanSweep.isOrphan(labels(deadPid(), HERE, null), HERE, NAMESPACE)).isTrue();
  }

  @Test
  void thisProcessKnowsItsPidNamespaceOnLinux() {
    assertThat(OrphanSweep.pidNamespace()).matches("pid:\\[\\d+\\]");
  }
}
