package io.partybranch.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Documents' bytes in members-service's own schema (bytea), beside their descriptions. */
@ApplicationScoped
public class PostgresDocumentStore implements DocumentStore {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(UUID documentId, byte[] content) {
        entityManager.createNativeQuery("insert into development_document_content (id, content) values (?1, ?2)")
                .setParameter(1, documentId).setParameter(2, content).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] get(UUID documentId) {
        List<?> rows = entityManager.createNativeQuery("select content from development_document_content where id = ?1", byte[].class)
                .setParameter(1, documentId).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }
}
