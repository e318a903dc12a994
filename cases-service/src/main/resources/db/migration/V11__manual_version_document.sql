-- A manual version's document (the file the districts download: PDF, HWP, HWPX, DOCX, PPTX, XLSX), a
-- document of the platform's store (table document, platform migration V0_4). It is uploaded and
-- replaced while the version is DRAFTING or IN_REVIEW; from APPROVED on it is what the council
-- approved and stays. Replacing it points the version at a new document in the transaction that
-- deletes the old one.
ALTER TABLE manual_version ADD COLUMN document_id UUID UNIQUE REFERENCES document (id);
