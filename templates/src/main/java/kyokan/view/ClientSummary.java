package kyokan.view;

import kyokan.core.client.Client;

/** A row of the consultant's client list: the client and where its program stands. */
public record ClientSummary(Client client, String programLabel) {}
