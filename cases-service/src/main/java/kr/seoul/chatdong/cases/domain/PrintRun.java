package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A print run of a casebook edition: how many copies, and where they went. */
@Entity
@Table(name = "casebook_print_run")
public class PrintRun {

    @Id
    private UUID id;

    @Column(name = "casebook_id")
    private UUID casebookId;

    private int copies;

    @Column(name = "distributed_to")
    private String distributedTo;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PrintRun() {}

    public PrintRun(UUID casebookId, int copies, String distributedTo, Instant now) {
        this.id = UUID.randomUUID();
        this.casebookId = casebookId;
        this.copies = copies;
        this.distributedTo = distributedTo;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID casebookId() {
        return casebookId;
    }

    public int copies() {
        return copies;
    }

    public String distributedTo() {
        return distributedTo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
