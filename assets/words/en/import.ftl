# The words of importing: the import dialog, the column mapping step, and what the readers
# of spreadsheets, Kumu and Oligrapher files report about rows and values.
