-- Axon Framework 4 JPA sequenced dead-letter queue (JpaSequencedDeadLetterQueue, entity DeadLetterEntry): events a
-- processing group parked after a permanent failure, with the later events of the same aggregate behind them.
create table dead_letter_entry (
    dead_letter_id       varchar(255)             not null primary key,
    processing_group     varchar(255)             not null,
    sequence_identifier  varchar(255)             not null,
    sequence_index       bigint                   not null,
    message_type         varchar(255)             not null,
    event_identifier     varchar(255)             not null,
    time_stamp           varchar(255)             not null,
    payload_type         varchar(255)             not null,
    payload_revision     varchar(255),
    payload              blob not null,
    meta_data            blob,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                blob,
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          blob
);

create index idx_dead_letter_group on dead_letter_entry (processing_group);
create index idx_dead_letter_group_sequence on dead_letter_entry (processing_group, sequence_identifier);
create unique index uk_dead_letter_group_sequence_index
    on dead_letter_entry (processing_group, sequence_identifier, sequence_index);
