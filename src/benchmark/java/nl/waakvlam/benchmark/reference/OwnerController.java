package nl.waakvlam.benchmark.reference;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The petclinic's owner page: the owner, their pets and each pet's visits. */
@Controller
class OwnerController {

    private final OwnerRepository owners;

    OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/owners/{id}")
    String show(@PathVariable int id, Model model) {
        model.addAttribute("owner", owners.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "reference/ownerDetails";
    }
}
