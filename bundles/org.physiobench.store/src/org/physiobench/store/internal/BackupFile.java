package org.physiobench.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.physiobench.core.api.TriageLevel;
import org.physiobench.store.api.AuditAction;
import org.physiobench.store.api.AuditEntry;
import org.physiobench.store.api.AuditVerification;
import org.physiobench.store.api.CorruptRecordException;
import org.physiobench.store.api.PatientIndex;
import org.physiobench.store.api.StoreException;
import org.physiobench.store.api.VerificationReport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The backup file: one ZIP with {@code records.jsonl} (one stored record per line, document
 * byte-for-byte), {@code audit.jsonl} (the audit trail, one entry per line) and
 * {@code manifest.json} (format, schema version, counts, audit head and the SHA-256 of both
 * parts). Plain, documented formats: a clinic can read its data without PhysioBench.
 */
final class BackupFile {

    static final int FORMAT = 1;
    private static final String MANIFEST = "manifest.json";
    private static final String RECORDS = "records.jsonl";
    private static final String AUDIT = "audit.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BackupFile() {
    }

    /** Parses the documents of a backup, reporting a record that cannot be read. */
    interface DocumentCheck {
        void check(PatientRows.Row row) throws CorruptRecordException;
    }

    /**
     * What a checked backup holds.
     *
     * @param report every problem found (damaged parts and unreadable documents)
     * @param integrityProblems the problems that make the file unfit to restore (checksums,
     *            counts, audit chain, schema); an unreadable document alone is restored as it
     *            is, so nothing is lost
     * @param headSequence the audit head the backup was taken at
     * @param headHash its hash
     */
    record Summary(VerificationReport report, List<String> integrityProblems, long headSequence, String headHash) {
    }

    /**
     * Writes a snapshot read from {@code connection} to {@code file} (through a temporary
     * file, so a failed backup never leaves a half-written file under the final name).
     */
    static VerificationReport write(Path file, Connection connection, JdbcClinicalStore store) throws Exception {
        if (Files.exists(file)) {
            throw new StoreException("The backup file " + file + " exists already; choose a new name");
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
        try {
            VerificationReport report;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                List<String> problems = new ArrayList<>();
                long[] records = {0};
                zip.putNextEntry(new ZipEntry(RECORDS));
                String recordsHash = writeLines(zip, out -> PatientRows.forEach(connection, row -> {
                    records[0]++;
                    try {
                        store.parse(row);
                    } catch (CorruptRecordException e) {
                        // Backed up unchanged all the same: a backup loses nothing.
                        problems.add(e.getMessage());
                    }
                    line(out, recordLine(row));
                }));
                zip.closeEntry();
                AuditChain.Verifier verifier = new AuditChain.Verifier();
                long[] auditCount = {0};
                zip.putNextEntry(new ZipEntry(AUDIT));
                String auditHash = writeLines(zip, out -> AuditLog.forEach(connection, entry -> {
                    auditCount[0]++;
                    verifier.accept(entry);
                    line(out, auditLine(entry));
                }));
                zip.closeEntry();
                long[] head = new long[1];
                String[] headHash = new String[1];
                readHead(connection, head, headHash);
                AuditVerification audit = verifier.finish(head[0], headHash[0]);
                if (!audit.isIntact()) {
                    problems.add(audit.toString());
                }
                String schema = SchemaMigration.appliedVersion(connection);
                ObjectNode manifest = MAPPER.createObjectNode();
                manifest.put("format", FORMAT);
                manifest.put("application", "PhysioBench clinical record store");
                manifest.put("schemaVersion", schema);
                manifest.put("createdAt", Timestamps.format(Instant.now()));
                manifest.put("records", records[0]);
                manifest.put("auditEntries", auditCount[0]);
                manifest.put("auditHeadSequence", head[0]);
                manifest.put("auditHeadHash", headHash[0]);
                manifest.put("recordsSha256", recordsHash);
                manifest.put("auditSha256", auditHash);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                report = new VerificationReport(schema, records[0], audit, problems);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Checks a backup without restoring it: manifest, checksums, every document, audit chain.
     *
     * @throws StoreException when the file cannot be read as a backup at all
     */
    static Summary check(Path file, DocumentCheck documents) throws StoreException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = manifest(zip, file);
            List<String> problems = new ArrayList<>();
            List<String> documentProblems = new ArrayList<>();
            long[] records = {0};
            String recordsHash = readLines(zip, RECORDS, file, node -> {
                records[0]++;
                PatientRows.Row row = row(node);
                try {
                    documents.check(row);
                } catch (CorruptRecordException e) {
                    documentProblems.add(e.getMessage());
                }
            });
            if (!recordsHash.equals(manifest.path("recordsSha256").asText())) {
                problems.add(RECORDS + " does not match its checksum in the manifest (the file was altered)");
            }
            if (records[0] != manifest.path("records").asLong()) {
                problems.add(RECORDS + " holds " + records[0] + " records, the manifest says "
                        + manifest.path("records").asLong());
            }
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            String auditHash = readLines(zip, AUDIT, file, node -> verifier.accept(entry(node)));
            if (!auditHash.equals(manifest.path("auditSha256").asText())) {
                problems.add(AUDIT + " does not match its checksum in the manifest (the file was altered)");
            }
            long headSequence = manifest.path("auditHeadSequence").asLong();
            String headHash = manifest.path("auditHeadHash").asText();
            AuditVerification audit = verifier.finish(headSequence, headHash);
            if (!audit.isIntact()) {
                problems.add(audit.toString());
            }
            String schema = manifest.path("schemaVersion").asText();
            if (!SchemaMigration.RESTORABLE_BACKUP_SCHEMAS.contains(schema)) {
                problems.add("the backup has schema version " + schema + ", this PhysioBench expects "
                        + SchemaMigration.LATEST_CHANGESET);
            }
            List<String> all = new ArrayList<>(problems);
            all.addAll(documentProblems);
            return new Summary(new VerificationReport(schema, records[0], audit, all), problems, headSequence,
                    headHash);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("The backup file " + file + " cannot be read: " + ConnectionPools.rootMessage(e),
                    e);
        }
    }

    /** Streams the records of a backup (after {@link #check}). */
    static void forEachRow(Path file, PatientRows.RowConsumer consumer) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            readLines(zip, RECORDS, file, node -> consumer.accept(row(node)));
        }
    }

    /** Streams the audit entries of a backup (after {@link #check}). */
    static void forEachAuditEntry(Path file, AuditLog.EntryConsumer consumer) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            readLines(zip, AUDIT, file, node -> consumer.accept(entry(node)));
        }
    }

    private static JsonNode manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IOException("it has no " + MANIFEST + " (not a PhysioBench backup)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            JsonNode manifest = MAPPER.readTree(in);
            if (manifest.path("format").asInt() != FORMAT) {
                throw new IOException("unsupported backup format " + manifest.path("format"));
            }
            return manifest;
        }
    }

    private static ObjectNode recordLine(PatientRows.Row row) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", row.id());
        node.put("kind", row.kind());
        node.put("version", row.version());
        node.put("archived", row.archived());
        node.put("updatedAt", Timestamps.format(row.updatedAt()));
        node.put("updatedBy", row.updatedBy());
        PatientIndex index = row.index();
        ObjectNode columns = node.putObject("index");
        columns.put("familyName", index.familyName());
        columns.put("givenName", index.givenName());
        columns.put("birthDate", index.birthDate() == null ? null : index.birthDate().toString());
        columns.put("episodeStatus", index.episodeStatus());
        columns.put("lastVisit", index.lastVisit() == null ? null : index.lastVisit().toString());
        columns.put("latestOdi", index.latestOdi());
        columns.put("latestNprs", index.latestNprs());
        columns.put("riskGroup", index.riskGroup());
        columns.put("triageLevel", index.triageLevel().id());
        columns.put("reviewDue", index.reviewDue() == null ? null : index.reviewDue().toString());
        // what schema 4 and older wrote; kept for a reader of the file (non-urgent or above)
        columns.put("redFlag", index.redFlag());
        node.put("document", row.document());
        return node;
    }

    /**
     * A record of the backup. Its index is what the backup says, used only for a record whose
     * document cannot be read (a restore computes every other record's index from its document):
     * a backup of schema 4 or older has no triage level, and its red flag reads as non-urgent.
     */
    private static PatientRows.Row row(JsonNode node) {
        JsonNode columns = node.path("index");
        PatientIndex stored = new PatientIndex(text(columns, "familyName"), text(columns, "givenName"),
                date(columns, "birthDate"), text(columns, "episodeStatus"), date(columns, "lastVisit"),
                integer(columns, "latestOdi"), integer(columns, "latestNprs"), text(columns, "riskGroup"), null,
                date(columns, "reviewDue"));
        String level = text(columns, "triageLevel");
        PatientIndex index = level != null && TriageLevel.fromId(level).isPresent()
                ? new PatientIndex(stored.familyName(), stored.givenName(), stored.birthDate(), stored.episodeStatus(),
                        stored.lastVisit(), stored.latestOdi(), stored.latestNprs(), stored.riskGroup(),
                        TriageLevel.fromId(level).get(), stored.reviewDue())
                : Reindex.unreadable(stored, columns.path("redFlag").asBoolean());
        return new PatientRows.Row(text(node, "id"), text(node, "kind"), node.path("version").asLong(),
                text(node, "document"), index, node.path("archived").asBoolean(),
                Instant.parse(text(node, "updatedAt")), text(node, "updatedBy"));
    }

    private static ObjectNode auditLine(AuditEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", entry.sequence());
        node.put("at", Timestamps.format(entry.at()));
        node.put("actor", entry.actor());
        node.put("recordId", entry.recordId());
        node.put("action", entry.action().id());
        node.put("detail", entry.detail());
        node.put("previousHash", entry.previousHash());
        node.put("hash", entry.hash());
        return node;
    }

    private static AuditEntry entry(JsonNode node) {
        return new AuditEntry(node.path("seq").asLong(), Instant.parse(text(node, "at")), text(node, "actor"),
                text(node, "recordId"), AuditAction.fromId(text(node, "action")), text(node, "detail"),
                text(node, "previousHash"), text(node, "hash"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    /** Writes lines to the current ZIP entry. */
    private interface LineWriter {
        void writeAll(OutputStream out) throws Exception;
    }

    /** Receives parsed lines. */
    private interface LineReader {
        void accept(JsonNode node) throws IOException, SQLException;
    }

    private static void line(OutputStream out, ObjectNode node) throws SQLException {
        try {
            out.write(MAPPER.writeValueAsBytes(node));
            out.write('\n');
        } catch (IOException e) {
            throw new SQLException("Cannot write the backup: " + e.getMessage(), e);
        }
    }

    /** @return the SHA-256 (hex) of the lines written */
    private static String writeLines(ZipOutputStream zip, LineWriter writer) throws Exception {
        MessageDigest digest = sha256();
        OutputStream unclosable = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        };
        DigestOutputStream out = new DigestOutputStream(unclosable, digest);
        writer.writeAll(out);
        out.flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the SHA-256 (hex) of the entry's bytes */
    private static String readLines(ZipFile zip, String name, Path file, LineReader reader)
            throws IOException, SQLException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException(file + " has no " + name);
        }
        MessageDigest digest = sha256();
        try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), digest);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isEmpty()) {
                    reader.accept(MAPPER.readTree(line));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void readHead(Connection connection, long[] sequence, String[] hash) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                var rows = statement.executeQuery()) {
            if (rows.next()) {
                sequence[0] = rows.getLong(1);
                hash[0] = rows.getString(2);
            } else {
                sequence[0] = -1;
                hash[0] = "(audit head row deleted)";
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
