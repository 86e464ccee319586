package com.example.reports;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read access to customers. Every method call is one database round trip. */
public interface CustomerRepository {

    Optional<Customer> findById(long id);

    /** Loads all the given customers in one query; unknown ids are absent from the result. */
    Map<Long, Customer> findAllById(Collection<Long> ids);
}
