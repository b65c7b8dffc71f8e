package org.physiobench.benchmarks.jmh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What bench.py hands the benchmarks through the environment (JMH's forked JVMs inherit it):
 * how many demo patients the patient list has, where generated data sets are cached, and the
 * PostgreSQL server of the run, if any.
 */
final class BenchmarkSettings {

    /** The data set of the issue; the smoke run uses a few thousand. */
    static final int DEFAULT_PATIENTS = 100_000;

    private BenchmarkSettings() {
    }

    /** @return PHYSIOBENCH_BENCH_PATIENTS, default 100,000 */
    static int patients() {
        String value = System.getenv("PHYSIOBENCH_BENCH_PATIENTS");
        return value == null || value.isBlank() ? DEFAULT_PATIENTS : Integer.parseInt(value.trim());
    }

    /** @return PHYSIOBENCH_BENCH_CACHE, default ~/.cache/physiobench-benchmarks */
    static Path cache() {
        String value = System.getenv("PHYSIOBENCH_BENCH_CACHE");
        return value == null || value.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "physiobench-benchmarks")
                : Path.of(value);
    }

    /** @return a folder for this run's throwaway stores (PHYSIOBENCH_BENCH_WORK, default the temp folder) */
    static Path work() {
        String value = System.getenv("PHYSIOBENCH_BENCH_WORK");
        return Path.of(value == null || value.isBlank() ? System.getProperty("java.io.tmpdir") : value);
    }

    /** The PostgreSQL server the tests' scripts start (releng/scripts/postgres.sh). */
    record PostgreSql(String url, String user, String password) {
    }

    /** @return the server named by PHYSIOBENCH_TEST_PG_URL/_USER/_PASSWORD, if set */
    static Optional<PostgreSql> postgreSql() {
        String url = System.getenv("PHYSIOBENCH_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgreSql(url, System.getenv("PHYSIOBENCH_TEST_PG_USER"),
                System.getenv("PHYSIOBENCH_TEST_PG_PASSWORD")));
    }
}
