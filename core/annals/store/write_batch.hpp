// Group commit for bulk imports. Committing costs SQLite a WAL write of every page the
// transaction touched, and consecutive documents touch the same index and event pages, so
// committing each document alone writes those pages again and again. While a WriteBatch
// is open, Store::add_document runs inside it as a savepoint: each document is still all
// or nothing (a failing one rolls back alone), but only WriteBatch::commit makes the
// batch durable. A crash (even `kill -9`) before that loses the whole batch and nothing
// else; a rerun stores it again. Report a document as imported only once its batch has
// committed.
#pragma once

#include "annals/store/store.hpp"

namespace annals {

class WriteBatch {
 public:
  explicit WriteBatch(Store& store);  // BEGIN IMMEDIATE; throws StoreError
  ~WriteBatch();                      // rolls back unless committed
  WriteBatch(const WriteBatch&) = delete;
  WriteBatch& operator=(const WriteBatch&) = delete;

  // Makes every document stored since the batch began durable. Throws StoreError when the
  // commit fails or SQLite already rolled the batch back (disk full, I/O error): then none
  // of the batch's documents are stored.
  void commit();

  // False once SQLite rolled the batch back on its own after an error; documents stored
  // since then were each committed alone and documents stored before are gone.
  bool intact() const;

 private:
  sqlite3* db_;
  bool open_ = true;
};

}  // namespace annals
