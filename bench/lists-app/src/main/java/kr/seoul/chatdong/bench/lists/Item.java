package kr.seoul.chatdong.bench.lists;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One row of the obvious list: eight columns, as a service's list row would have. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;
    public String dongCode;
    public String field;
    public int score;
    public String status;
    public Instant createdAt;
    public String name;
    public String note;
}
