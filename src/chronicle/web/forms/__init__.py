"""Form pieces shared by the create and edit pages: fields, labels, child rows, autocomplete."""
