"""Publishing to a Zalo Official Account: the API client, the publish run and its state file."""
