package org.physiobench.demo.internal;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Record ids for demo data: well-formed random (version 4) UUIDs, but drawn from the seeded
 * generator, so the same seed gives the same ids.
 */
final class IdSource {

    private final RandomGenerator random;

    IdSource(RandomGenerator random) {
        this.random = random;
    }

    String next() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
