"""The custom actions behind Rasa's action webhook: one module per action family."""
