package org.physiobench.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditVerification;

/**
 * The hash chain of the audit trail: how an entry's hash is computed, and the check that
 * walks the entries in order. An edited entry no longer matches its own hash; an inserted or
 * deleted entry breaks the link (previous hash) or the sequence of the entry after it;
 * entries removed from the end no longer match the audit head.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 over the previous hash and every field of the entry. Each field is written with
     * its length first, so no two different entries give the same input.
     */
    static String hash(String previousHash, long sequence, Instant at, String actor, String recordId,
            AuditAction action, String detail) {
        StringBuilder input = new StringBuilder(256);
        append(input, previousHash);
        append(input, Long.toString(sequence));
        input.append(fieldsAfterSequence(at, actor, recordId, action, detail));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The part of the hash input after the previous hash and the sequence number, for a writer
     * that lets the database put those two in front ({@link PostgreSqlSave}, which checks the
     * database's hash against {@link #hash} before it commits).
     */
    static String fieldsAfterSequence(Instant at, String actor, String recordId, AuditAction action, String detail) {
        StringBuilder input = new StringBuilder(128);
        append(input, at.toString());
        append(input, actor);
        append(input, recordId);
        append(input, action.id());
        append(input, detail);
        return input.toString();
    }

    private static void append(StringBuilder input, String field) {
        if (field == null) {
            input.append("-1:");
        } else {
            input.append(field.length()).append(':').append(field);
        }
        input.append('|');
    }

    /** Checks entries one by one, in sequence order. */
    static final class Verifier {
        private long expectedSequence = 1;
        private String previousHash = GENESIS;
        private long checked;
        private AuditVerification failure;

        /** @return {@code false} once a bad entry was found (later entries are not checked) */
        boolean accept(long sequence, Instant at, String actor, String recordId, String actionId, String detail,
                String storedPreviousHash, String storedHash) {
            if (failure != null) {
                return false;
            }
            checked++;
            if (sequence != expectedSequence) {
                return fail(sequence, sequence > expectedSequence ? missing(expectedSequence, sequence - 1)
                        : "its number is out of order (inserted or duplicated); expected " + expectedSequence);
            }
            if (!Objects.equals(storedPreviousHash, previousHash)) {
                return fail(sequence, "does not link to the entry before it (an entry was inserted, deleted or "
                        + "replaced before it)");
            }
            AuditAction action;
            try {
                action = AuditAction.fromId(actionId);
            } catch (IllegalArgumentException | NullPointerException e) {
                return fail(sequence, "unknown action '" + actionId + "' (edited)");
            }
            if (at == null) {
                return fail(sequence, "has no valid time (edited)");
            }
            String expectedHash = hash(storedPreviousHash, sequence, at, actor, recordId, action, detail);
            if (!expectedHash.equals(storedHash)) {
                return fail(sequence, "its content does not match its hash (edited)");
            }
            previousHash = storedHash;
            expectedSequence++;
            return true;
        }

        boolean accept(AuditEntry entry) {
            return accept(entry.sequence(), entry.at(), entry.actor(), entry.recordId(), entry.action().id(),
                    entry.detail(), entry.previousHash(), entry.hash());
        }

        /** Compares the end of the chain with the recorded head (last sequence and hash). */
        AuditVerification finish(long headSequence, String headHash) {
            if (failure != null) {
                return failure;
            }
            long last = expectedSequence - 1;
            if (headSequence != last || !Objects.equals(headHash, previousHash)) {
                long firstMissing = last + 1;
                return new AuditVerification(checked, firstMissing, headSequence > last
                        ? "entry " + firstMissing + (headSequence > firstMissing ? " to " + headSequence : "")
                                + " deleted from the end of the trail (the audit head records " + headSequence + ")"
                        : "the chain does not end where the audit head says (head at entry " + headSequence + ")");
            }
            return AuditVerification.intact(checked);
        }

        private static String missing(long first, long last) {
            return first == last ? "entry " + first + " before it is missing (deleted)"
                    : "entries " + first + " to " + last + " before it are missing (deleted)";
        }

        private boolean fail(long sequence, String problem) {
            failure = new AuditVerification(checked, sequence, "entry " + sequence + ": " + problem);
            return false;
        }
    }
}
