"""The daily consent workflow dialogs on a youth's page: new request, decisions at the desk,
withdrawal with notification of recipients, disclosures with the 4-step weighing, history,
and adding youths and representatives. Every dialog calls only `toestemming.service.Service`.
"""
