"""Consent at a distance: compose and send request e-mails, read replies, app links and QR.

Everything here is pure or talks to the network (SMTP); nothing touches the vault. The use
case `toestemming.usecases.remote.Remote` joins these pieces to the stored requests.
"""
